import { strings } from '../strings.js';
import { Dialog } from '../ui/dialog.js';
import { counterActions, counterKeys, type CounterAction } from './shortcuts.js';

/** Every key of the counter in one table, with how to press it under a screen reader. */
export function ShortcutsDialog({ labels, onClose }: { labels: Record<CounterAction, string>; onClose(): void }) {
  return (
    <Dialog title={strings.counter.shortcutsHeading} description={strings.counter.shortcutsIntro} onClose={onClose}>
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">{strings.counter.shortcutKey}</th>
            <th scope="col">{strings.counter.shortcutAction}</th>
          </tr>
        </thead>
        <tbody>
          {counterActions.map((action) => (
            <tr key={action}>
              <td>
                <kbd>{counterKeys[action]}</kbd> / <kbd>{strings.counter.altShift}+{counterKeys[action]}</kbd>
              </td>
              <td>{labels[action]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="subtle">{strings.counter.shortcutsDialogKeys}</p>
    </Dialog>
  );
}
