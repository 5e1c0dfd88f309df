const tones = {
  neutral: 'bg-slate-200 text-slate-900',
  success: 'bg-emerald-100 text-emerald-900',
  warning: 'bg-amber-100 text-amber-900',
  danger: 'bg-red-100 text-red-900',
};

/** A status beside a name ("Archived", "Two-step on"): words, never colour alone. */
export const Badge = ({ tone = 'neutral', children }: { tone?: keyof typeof tones; children: React.ReactNode }) => (
  <span className={`ml-2 rounded-full px-2 py-0.5 text-xs ${tones[tone]}`}>{children}</span>
);
