import { Frac, Ln, Num, Op, Qty, Sub } from '../../math';
import { NernstEquationSteps } from '../RtOverZf';

/** E = (RT/zF) ln(γ_out c_out / γ_in c_in): substituted, then with the activities a = γc. */
export function ActivityNernstSteps({
  z,
  temperature,
  gammaIn,
  gammaOut,
  cin,
  cout,
  rtOverZF,
  activityIn,
  activityOut,
  potential,
}: {
  z: number;
  temperature: number;
  gammaIn: number;
  gammaOut: number;
  /** concentrations, mM */
  cin: number;
  cout: number;
  /** RT/zF, V */
  rtOverZF: number;
  /** activities γc, mM */
  activityIn: number;
  activityOut: number;
  potential: number;
}) {
  return (
    <NernstEquationSteps
      z={z}
      T={temperature}
      ratio={
        <Frac
          num={
            <>
              <Sub base="γ" sub="out" />
              <Sub base="c" sub="out" />
            </>
          }
          den={
            <>
              <Sub base="γ" sub="in" />
              <Sub base="c" sub="in" />
            </>
          }
        />
      }
      ratioSubstituted={
        <Frac
          num={
            <>
              <Num value={gammaOut} options={{ digits: 3 }} />
              <Op>×</Op>
              <Qty value={cout} unit="mM" />
            </>
          }
          den={
            <>
              <Num value={gammaIn} options={{ digits: 3 }} />
              <Op>×</Op>
              <Qty value={cin} unit="mM" />
            </>
          }
        />
      }
      rtOverZF={rtOverZF}
      logarithm={
        <Ln>
          <Frac
            num={<Qty value={activityOut} unit="mM" options={{ digits: 4 }} />}
            den={<Qty value={activityIn} unit="mM" options={{ digits: 4 }} />}
          />
        </Ln>
      }
      potential={potential}
    />
  );
}
