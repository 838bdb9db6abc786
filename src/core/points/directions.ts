/**
 * A link that opens the phone's maps app at a point's coordinates (the person's own position is
 * never in it). iPhones get Apple Maps, which they always have; other devices get the Google Maps
 * link, which opens the Maps app on Android and the website elsewhere.
 */
export function directionsUrl(point: { lat: number; lng: number; name: string }, apple: boolean): string {
  const at = `${point.lat.toFixed(6)},${point.lng.toFixed(6)}`;
  return apple
    ? `https://maps.apple.com/?ll=${at}&q=${encodeURIComponent(point.name)}`
    : `https://www.google.com/maps/search/?api=1&query=${at}`;
}
