import { useEffect, useState } from 'preact/hooks';
import type { PublishedIdentity } from '../../core/identity/identity';
import { freshIdentity, keptIdentity } from '../../platform/identity';

/** The deployment's identity: what this device kept at once, then the server's answer. */
export function useIdentity(): PublishedIdentity | null {
  const [identity, setIdentity] = useState(keptIdentity);
  useEffect(() => {
    let live = true;
    void freshIdentity().then((i) => live && setIdentity(i));
    return () => void (live = false);
  }, []);
  return identity;
}
