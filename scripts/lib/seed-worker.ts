// A training worker: receives the training data once, then seed jobs; answers each with the
// averaged model of every epoch (its buffers transferred, not copied) and logs as it goes.
import { parentPort, workerData } from 'node:worker_threads';
import { type SeedJob, type TrainingData, trainSeed } from './seed-training.js';

const data = workerData as TrainingData;
const port = parentPort;
if (!port) throw new Error('seed-worker runs as a worker thread');

port.on('message', (job: SeedJob) => {
  const models = trainSeed(data, job, (msg) => port.postMessage({ log: msg }));
  port.postMessage(
    { seed: job.seed, models },
    models.flatMap((m) => [m.weights.buffer as ArrayBuffer, m.transitions.buffer as ArrayBuffer]),
  );
});
