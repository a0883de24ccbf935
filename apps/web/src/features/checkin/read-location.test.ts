import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Geolocator, readLocation } from './read-location.ts';

const position = (latitude: number, longitude: number, accuracy: number) =>
  ({ coords: { latitude, longitude, accuracy } }) as GeolocationPosition;

describe('reading the phone location', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the position with its accuracy in whole metres', async () => {
    const geolocator: Geolocator = { getCurrentPosition: (success) => success(position(28.37, 121.38, 14.6)) };
    await expect(readLocation(5000, geolocator)).resolves.toEqual({
      latitude: 28.37,
      longitude: 121.38,
      accuracyM: 15,
    });
  });

  it('gives null when the user refuses', async () => {
    const geolocator: Geolocator = {
      getCurrentPosition: (_success, failure) => failure?.({ code: 1 } as GeolocationPositionError),
    };
    await expect(readLocation(5000, geolocator)).resolves.toBeNull();
  });

  it('gives null when no answer comes in time, and ignores a late one', async () => {
    let late: PositionCallback | undefined;
    const geolocator: Geolocator = {
      getCurrentPosition: (success) => {
        late = success;
      },
    };
    const reading = readLocation(5000, geolocator);
    vi.advanceTimersByTime(5000);
    await expect(reading).resolves.toBeNull();
    late?.(position(1, 2, 3));
    await expect(reading).resolves.toBeNull();
  });

  it('gives null without geolocation or when the browser throws', async () => {
    await expect(readLocation(5000, undefined)).resolves.toBeNull();
    const throwing: Geolocator = {
      getCurrentPosition: () => {
        throw new Error('insecure context');
      },
    };
    await expect(readLocation(5000, throwing)).resolves.toBeNull();
  });

  it('leaves out an accuracy the browser does not give', async () => {
    const geolocator: Geolocator = { getCurrentPosition: (success) => success(position(1, 2, Number.NaN)) };
    await expect(readLocation(5000, geolocator)).resolves.toEqual({ latitude: 1, longitude: 2 });
  });
});
