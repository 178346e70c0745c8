import { Num, Paren } from '../../math';

/** A valence as written in a product: 2, (−1). */
export function Valence({ z }: { z: number }) {
  return z < 0 ? (
    <Paren>
      <Num value={z} options={{ digits: 1 }} />
    </Paren>
  ) : (
    <Num value={z} options={{ digits: 1 }} />
  );
}
