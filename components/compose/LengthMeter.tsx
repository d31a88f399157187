export interface LengthMeterProps {
  length: number;
  limit: number | null;
  /** The count covers only the start of a very long text; it is at least this. */
  partial: boolean;
}

export function LengthMeter({ length, limit, partial }: LengthMeterProps) {
  const shown = `${length.toLocaleString('en')}${partial ? '+' : ''}`;
  if (limit === null) return <p class="ra-length">{shown} characters</p>;
  const over = length > limit;
  return (
    <p class={over ? 'ra-length ra-length--over' : 'ra-length'} data-over={over}>
      <meter class="ra-length__bar" min={0} max={limit} low={limit * 0.9} high={limit} optimum={0} value={Math.min(length, limit)} aria-hidden="true" />
      <span>
        {shown} / {limit}
        {over ? ` · ${(length - limit).toLocaleString('en')}${partial ? '+' : ''} over the limit` : ''}
      </span>
    </p>
  );
}
