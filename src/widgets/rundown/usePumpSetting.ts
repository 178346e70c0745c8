import { useEffect, useRef, type Dispatch, type SetStateAction } from 'react';
import {
  PUMP_IN_SYNC,
  pumpSettingOf,
  syncPump,
  withBlockedShare,
  withPumpSetting,
  type PumpSetting,
  type Run,
} from './model';

/**
 * Keeps the run's pump and the widget's `pump` setting together, both ways (syncPump): a
 * new setting starts a block of `share` of the pumps, or ends one; a change the run makes
 * by itself is written back to the setting, so a preset that starts a block is no longer
 * shown pressed once the block is over. A new share applies to a block under way at once.
 */
export function usePumpSetting(
  run: Run,
  setRun: Dispatch<SetStateAction<Run>>,
  setting: PumpSetting,
  share: number,
  setSetting: (setting: PumpSetting) => void,
): void {
  const sync = useRef(PUMP_IN_SYNC);
  const runSetting = pumpSettingOf(run);

  useEffect(() => {
    const step = syncPump(sync.current, setting, runSetting);
    sync.current = step.sync;
    if (step.action === 'apply') setRun((previous) => withPumpSetting(previous, setting, share));
    if (step.action === 'report') setSetting(runSetting);
  }, [setting, runSetting, share, setRun, setSetting]);

  useEffect(() => setRun((previous) => withBlockedShare(previous, share)), [share, setRun]);
}
