/** Placeholder until its issue is built: the staff app's shell mounts this component. */
export function ReportsPage() {
  return <p>Reports (issue 7) are not built yet.</p>;
}
