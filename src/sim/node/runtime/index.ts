// The simulated container runtime: images, pulls and processes.
export { IMAGES, findImage, type ImageEntry, type ImageBehavior } from './catalogue';
export { parseImageRef, defaultPullPolicy, type ImageRef } from './image-ref';
export { pullImage, resolveImage, goDuration, imageID, type PullResult } from './pull';
export { startProcess, expandEnvRefs, type StartInput, type StartResult } from './process';
export { linesUntil, type LogLine, type ProcessPlan } from './process-plan';
export { runShell, parseSleep } from './shell';
export { fillTemplate, formatTime } from './templates';
