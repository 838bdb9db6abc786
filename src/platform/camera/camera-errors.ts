/** Why the camera could not be used, in the words the screen needs to choose its message. */
export type CameraProblem =
  | 'denied' // the person (or a browser policy) refused the camera
  | 'no-camera' // no camera, or it is busy in another app
  | 'failed'; // anything else

export class CameraError extends Error {
  constructor(readonly problem: CameraProblem) {
    super(`camera: ${problem}`);
    this.name = 'CameraError';
  }
}

/** getUserMedia and html5-qrcode report failures as DOMExceptions or as plain strings. */
export function cameraProblemOf(error: unknown): CameraProblem {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/NotAllowed|Permission|Security|denied/i.test(text)) return 'denied';
  if (/NotFound|NotReadable|Overconstrained|no camera|Requested device not found|Could not start video/i.test(text)) return 'no-camera';
  return 'failed';
}
