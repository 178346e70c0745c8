/**
 * The one error the physics core throws. It is a RangeError whose message names the
 * function, the parameter, the rule and the value received, e.g.
 * `nernstPotential: inside concentration must be a finite number > 0 mM (got -3)`.
 */
export class PhysicsRangeError extends RangeError {
  readonly functionName: string;
  readonly parameter: string;
  readonly received: unknown;

  constructor(functionName: string, parameter: string, rule: string, received: unknown) {
    super(`${functionName}: ${parameter} must be ${rule} (got ${describe(received)})`);
    this.name = 'PhysicsRangeError';
    this.functionName = functionName;
    this.parameter = parameter;
    this.received = received;
  }
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value === null || value === undefined) return String(value);
  return typeof value;
}
