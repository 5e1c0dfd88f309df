'use client';
import * as Popover from '@radix-ui/react-popover';
import {
  CalendarDays,
  CreditCard,
  FileText,
  LayoutDashboard,
  Menu,
  MessageCircle,
  NotebookText,
  Receipt,
  ShieldCheck,
  UserRound,
} from 'lucide-react';
import Link from 'next/link';
import { Fragment } from 'react';
import { usePathname } from 'next/navigation';

// the first four are on a phone's bottom bar; the rest are under "More" there, in the row on larger screens
const SECTIONS = [
  ['dashboard', LayoutDashboard],
  ['schedule', CalendarDays],
  ['invoices', Receipt],
  ['documents', FileText],
  ['messages', MessageCircle],
  ['payments', CreditCard],
  ['pages', NotebookText],
  ['profile', UserRound],
  ['security', ShieldCheck],
] as const;
const ON_PHONE_BAR = 4;

const barItem =
  'flex min-h-14 w-full flex-col items-center justify-center gap-0.5 rounded-lg px-1 text-xs font-medium text-slate-700 hover:bg-slate-50 md:min-h-11 md:flex-row md:gap-2 md:px-3 md:text-sm aria-[current=page]:bg-slate-100 aria-[current=page]:font-semibold aria-[current=page]:text-slate-950 aria-[current=page]:shadow-[inset_0_-3px_0_var(--brand-accent)]';

/**
 * The portal's sections (a client component: the layout stays mounted while the client
 * moves between pages, so the current section comes from the pathname). Phones: a bottom bar
 * of four sections and "More"; larger screens: every section in one row.
 */
export function PortalNavBar({
  portal,
  labels,
  badges,
}: {
  portal: string;
  labels: Record<string, string>;
  /** a section's count in words ("2 unread"), shown beside its name */
  badges: Partial<Record<string, string>>;
}) {
  const badge = (section: string) =>
    badges[section] ? (
      <span className="rounded-full bg-accent px-1.5 text-[0.7rem] leading-4 text-on-accent">{badges[section]}</span>
    ) : null;
  const pathname = usePathname();
  const current = SECTIONS.find(([s]) => pathname.startsWith(`/p/${portal}/${s}`))?.[0];
  const inMore = SECTIONS.slice(ON_PHONE_BAR).some(([s]) => s === current);
  return (
    <nav
      aria-label={labels.nav}
      className="fixed inset-x-0 bottom-0 z-10 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] md:static md:border-0 md:bg-transparent md:pb-0"
    >
      <ul className="mx-auto grid max-w-3xl grid-cols-5 gap-1 p-1 md:flex md:flex-wrap md:px-4">
        {SECTIONS.map(([section, Icon], i) => (
          <li key={section} className={i >= ON_PHONE_BAR ? 'hidden md:block' : ''}>
            <Link
              href={`/p/${portal}/${section}`}
              aria-current={section === current ? 'page' : undefined}
              className={barItem}
            >
              <Icon aria-hidden="true" className="size-5 md:size-4" />
              {labels[section]}
              {badge(section)}
            </Link>
          </li>
        ))}
        <li className="md:hidden">
          <Popover.Root>
            <Popover.Trigger className={`${barItem} ${inMore ? 'bg-slate-100 font-semibold text-slate-950' : ''}`}>
              <Menu aria-hidden="true" className="size-5" />
              {labels.more}
              {/* on a phone, what waits under "More" shows on it */}
              {SECTIONS.slice(ON_PHONE_BAR).map(([section]) => (
                <Fragment key={section}>{badge(section)}</Fragment>
              ))}
            </Popover.Trigger>
            <Popover.Portal>
              <Popover.Content
                side="top"
                align="end"
                sideOffset={6}
                collisionPadding={8}
                aria-label={labels.more}
                className="z-30 w-[min(92vw,16rem)] rounded-xl border border-slate-200 bg-white p-2 shadow-lg"
              >
                <ul>
                  {SECTIONS.slice(ON_PHONE_BAR).map(([section, Icon]) => (
                    <li key={section}>
                      <Popover.Close asChild>
                        <Link
                          href={`/p/${portal}/${section}`}
                          aria-current={section === current ? 'page' : undefined}
                          className="flex min-h-11 items-center gap-3 rounded-lg px-3 text-sm hover:bg-slate-100 aria-[current=page]:bg-slate-100 aria-[current=page]:font-semibold"
                        >
                          <Icon aria-hidden="true" className="size-4" />
                          {labels[section]}
                          {badge(section)}
                        </Link>
                      </Popover.Close>
                    </li>
                  ))}
                </ul>
              </Popover.Content>
            </Popover.Portal>
          </Popover.Root>
        </li>
      </ul>
    </nav>
  );
}
