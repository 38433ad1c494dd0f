import { readFileSync } from 'node:fs';

/** Linux's clock ticks per second (CLK_TCK), the unit of /proc's CPU times. */
const TICKS_PER_SECOND = 100;

/** CPU time so far, in seconds: this process's main thread, this whole process, a reader process, every core. */
export interface CpuSample {
  at: number;
  mainThread: number;
  thisProcess: number;
  reader: number;
  machine: number;
}

/** Where the cores went between two samples, in cores (CPU seconds per second of wall time). */
export interface CoresUsed {
  /** The gateway's thread: the one process's, or the writer's beside a reader. */
  mainThread: number;
  /** This process's other threads: the load generator (autocannon's workers), with V8's and libuv's helpers. */
  loadGenerator: number;
  reader: number;
  /** Everything else on the machine (other people's work). */
  others: number;
  machine: number;
}

function secondsOf(statFile: string): number {
  const text = readFileSync(statFile, 'utf8');
  // after the command's name: state is the first field, utime the 12th and stime the 13th
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

function machineSeconds(): number {
  const [, ...times] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = times.map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / TICKS_PER_SECOND;
}

export function sampleCpu(readerPid?: number): CpuSample {
  return {
    at: performance.now(),
    mainThread: secondsOf(`/proc/self/task/${process.pid}/stat`),
    thisProcess: secondsOf('/proc/self/stat'),
    reader: readerPid ? secondsOf(`/proc/${readerPid}/stat`) : 0,
    machine: machineSeconds(),
  };
}

export function coresUsed(from: CpuSample, to: CpuSample): CoresUsed {
  const wall = (to.at - from.at) / 1000;
  const per = (seconds: number) => Math.max(0, seconds) / wall;
  const mainThread = per(to.mainThread - from.mainThread);
  const thisProcess = per(to.thisProcess - from.thisProcess);
  const reader = per(to.reader - from.reader);
  const machine = per(to.machine - from.machine);
  return {
    mainThread,
    loadGenerator: Math.max(0, thisProcess - mainThread),
    reader,
    others: Math.max(0, machine - thisProcess - reader),
    machine,
  };
}
