// Whether another process still runs: a lock, a temporary file or a work folder named by a PID
// belongs to a build that was killed once its process is gone.

/** Whether a process of this PID runs (one of another user's counts). */
export function isAlive(pid: number): boolean {
  // PID 0 and below would ask after process groups, not one process.
  if (!(pid > 0)) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
