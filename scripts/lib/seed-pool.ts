// Runs seed jobs on worker threads (one per core): the seeds of a tagger train side by side.
// Each seed's training is the same as it would be alone, and results come back in seed order,
// so the model written is the same whatever the number of workers.
import { Worker } from 'node:worker_threads';
import type { ChainModel } from '../../src/analyze/attribution/linear-chain.js';
import type { SeedJob, TrainingData } from './seed-training.js';

type Reply = { log: string } | { seed: number; models: ChainModel[] };

export class SeedPool {
  private readonly workers: Worker[];

  constructor(data: TrainingData, size: number) {
    this.workers = Array.from(
      { length: size },
      () => new Worker(new URL('./seed-worker.mjs', import.meta.url), { workerData: data }),
    );
  }

  /** Every job's per-epoch models, in the jobs' order. */
  async run(jobs: SeedJob[], log: (msg: string) => void): Promise<ChainModel[][]> {
    const results = new Array<ChainModel[]>(jobs.length);
    let next = 0;
    const drive = (worker: Worker): Promise<void> =>
      new Promise((done, fail) => {
        const take = () => {
          if (next >= jobs.length) {
            worker.off('message', onMessage);
            worker.off('error', fail);
            done();
            return;
          }
          const k = next++;
          current = k;
          worker.postMessage(jobs[k]);
        };
        let current = -1;
        const onMessage = (reply: Reply) => {
          if ('log' in reply) {
            log(reply.log);
            return;
          }
          results[current] = reply.models;
          take();
        };
        worker.on('message', onMessage);
        worker.on('error', fail);
        take();
      });
    await Promise.all(this.workers.map(drive));
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
