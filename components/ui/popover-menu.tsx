'use client';
import * as Popover from '@radix-ui/react-popover';
import { useState } from 'react';

/** A button that opens a small panel of links and buttons (Radix Popover: focus moves in, Escape closes). */
export function PopoverMenu({
  trigger,
  label,
  children,
  align = 'end',
  side = 'bottom',
}: {
  trigger: React.ReactNode;
  /** the panel's accessible name */
  label: string;
  children: React.ReactNode;
  align?: 'start' | 'end';
  side?: 'top' | 'bottom';
}) {
  const [open, setOpen] = useState(false);
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align={align}
          side={side}
          sideOffset={6}
          collisionPadding={8}
          aria-label={label}
          // a form sent from the panel (a language, sign out) has done its work: the panel closes
          // once the submit event has dispatched the action
          onSubmit={() => setTimeout(() => setOpen(false), 0)}
          className="z-30 w-[min(92vw,18rem)] rounded-xl border border-slate-200 bg-white p-2 text-slate-900 shadow-lg"
        >
          {children}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

/** Wraps a link of the panel so that following it closes the panel (the layout stays mounted). */
export const PopoverClose = Popover.Close;
