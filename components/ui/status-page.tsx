import Link from 'next/link';

/** A page that explains why there is nothing here (not found, forbidden) and the way on. */
export function StatusPage({
  title,
  body,
  link,
}: {
  title: string;
  body: string;
  link: { href: string; label: string };
}) {
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-4 px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-slate-700">{body}</p>
      <Link href={link.href} className="mx-auto rounded-lg px-4 py-3 font-medium text-blue-800 underline">
        {link.label}
      </Link>
    </main>
  );
}
