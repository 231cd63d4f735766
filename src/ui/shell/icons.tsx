// Small inline icons (no icon font, no emoji: both depend on the fonts a machine has).
const base = { width: 14, height: 14, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;

export function PlayIcon() {
  return (
    <svg {...base} fill="currentColor">
      <path d="M4 2.5v11l9-5.5z" />
    </svg>
  );
}

export function PauseIcon() {
  return (
    <svg {...base} fill="currentColor">
      <rect x="3" y="2.5" width="3.5" height="11" rx="0.5" />
      <rect x="9.5" y="2.5" width="3.5" height="11" rx="0.5" />
    </svg>
  );
}

export function StepIcon() {
  return (
    <svg {...base} fill="currentColor">
      <path d="M3 2.5v11l7.5-5.5z" />
      <rect x="11" y="2.5" width="2.5" height="11" rx="0.5" />
    </svg>
  );
}

export function FileIcon() {
  return (
    <svg {...base} fill="none" stroke="currentColor" strokeWidth="1.3">
      <path d="M4 1.5h5.5L12.5 4.5v10h-8.5z M9.5 1.5v3h3" />
    </svg>
  );
}
