/** A position as the check-in API takes it; accuracy is the browser's radius in metres. */
export interface ReadLocation {
  latitude: number;
  longitude: number;
  accuracyM?: number;
}

/** The part of `navigator.geolocation` used here, so a test can hand in a fake. */
export type Geolocator = Pick<Geolocation, 'getCurrentPosition'>;

const defaultGeolocator = (): Geolocator | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.geolocation;

/**
 * Asks the browser where the phone is, giving up after `timeoutMs`. Resolves null — never rejects — when there is no
 * geolocation (an http page, an old browser), when the user says no, or when no fix comes in time: a check-in goes
 * ahead without a location and the server flags it for the lead to verify.
 */
export function readLocation(timeoutMs = 5000, geolocator: Geolocator | undefined = defaultGeolocator()) {
  return new Promise<ReadLocation | null>((resolve) => {
    if (!geolocator) {
      resolve(null);
      return;
    }
    let settled = false;
    const finish = (value: ReadLocation | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    // The browser's own timeout does not count the time the permission prompt stays open; this one does.
    const timer = setTimeout(() => finish(null), timeoutMs);
    try {
      geolocator.getCurrentPosition(
        ({ coords }) =>
          finish({
            latitude: coords.latitude,
            longitude: coords.longitude,
            ...(Number.isFinite(coords.accuracy) ? { accuracyM: Math.min(Math.round(coords.accuracy), 100_000) } : {}),
          }),
        () => finish(null),
        { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
      );
    } catch {
      finish(null);
    }
  });
}
