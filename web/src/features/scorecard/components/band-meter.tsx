/** A 1-5 band as five dots, with its value in words for screen readers. */
export function BandMeter({ band, max = 5 }: { band: number; max?: number }) {
  const filled = Math.round(band);
  return (
    <span className={`band band-${filled}`} role="img" aria-label={`Band ${band} of ${max}`}>
      {Array.from({ length: max }, (_, i) => (
        <span key={i} className={i < filled ? 'band-dot band-dot-on' : 'band-dot'} />
      ))}
    </span>
  );
}
