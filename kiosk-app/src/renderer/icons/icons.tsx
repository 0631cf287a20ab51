import type { ReactNode } from 'react';

/**
 * The kiosk's pictures: simple line drawings on a 48-unit grid, in the text's colour, drawn here
 * (no icon font to download, nothing to fail to load). Decorative: the words beside them carry
 * the meaning, so screen readers skip them.
 */
type IconProps = { className?: string };

function Icon({ className, children }: IconProps & { children: ReactNode }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 48 48"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth={3}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

export const TicketIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M6 14h36v6a4 4 0 0 0 0 8v6H6v-6a4 4 0 0 0 0-8z" />
    <path d="M30 14v20" strokeDasharray="3 4" />
    <path d="M13 21h10M13 27h7" />
  </Icon>
);

export const CalendarIcon = (props: IconProps) => (
  <Icon {...props}>
    <rect x="7" y="10" width="34" height="31" rx="3" />
    <path d="M7 19h34M16 6v8M32 6v8" />
    <path d="M17 30l5 5 9-10" />
  </Icon>
);

/** The international symbol of access, simplified: the reach-mode toggle. */
export const WheelchairIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="22" cy="8" r="3.5" fill="currentColor" stroke="none" />
    <path d="M22 14v13h12l5 11" />
    <path d="M22 20h10" />
    <path d="M16 21a11 11 0 1 0 15 15" />
  </Icon>
);

export const TextSizeIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M4 38l8-22 8 22M7 30h10" />
    <path d="M22 38l11-30 11 30M26 28h14" />
  </Icon>
);

export const ClockIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="24" cy="24" r="18" />
    <path d="M24 13v11l7 5" />
  </Icon>
);

export const GlobeIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="24" cy="24" r="18" />
    <path d="M6 24h36M24 6c6 6 6 30 0 36M24 6c-6 6-6 30 0 36" />
  </Icon>
);

/** Points back in reading order (mirrored for right-to-left languages by the stylesheet). */
export const BackIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M28 10L14 24l14 14" />
  </Icon>
);

export const WarningIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M24 6L44 41H4z" />
    <path d="M24 19v10" />
    <circle cx="24" cy="35" r="1.5" fill="currentColor" />
  </Icon>
);

export const PrinterIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M14 18V6h20v12" />
    <rect x="6" y="18" width="36" height="16" rx="3" />
    <path d="M14 28h20v14H14z" />
  </Icon>
);

export const PhoneIcon = (props: IconProps) => (
  <Icon {...props}>
    <rect x="14" y="4" width="20" height="40" rx="4" />
    <path d="M21 38h6" />
  </Icon>
);

const PassportIcon = (props: IconProps) => (
  <Icon {...props}>
    <rect x="10" y="5" width="28" height="38" rx="3" />
    <circle cx="24" cy="20" r="7" />
    <path d="M17 20h14M24 13c3 3 3 11 0 14M24 13c-3 3-3 11 0 14M17 34h14" />
  </Icon>
);

const PickupIcon = (props: IconProps) => (
  <Icon {...props}>
    <rect x="14" y="6" width="22" height="15" rx="2" />
    <path d="M19 13h12" />
    <path d="M4 30h9l6 4h9a3 3 0 0 1 0 6H17" />
    <path d="M4 42h22l14-9a3 3 0 0 0-4-5l-8 5" />
  </Icon>
);

const CarIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M6 30v-6l5-11h26l5 11v6z" />
    <path d="M6 30v6h6v-6M36 30v6h6v-6M6 24h36" />
    <circle cx="14" cy="27" r="0.5" />
    <circle cx="34" cy="27" r="0.5" />
  </Icon>
);

const HealthCardIcon = (props: IconProps) => (
  <Icon {...props}>
    <rect x="4" y="10" width="40" height="28" rx="4" />
    <path d="M14 18v12M8 24h12" />
    <path d="M26 19h12M26 25h12M26 31h8" />
  </Icon>
);

const MovingIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M4 40V22h18v18" />
    <path d="M4 22l9-8 9 8" />
    <path d="M28 26h16M38 20l6 6-6 6" />
  </Icon>
);

const KeyIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="15" cy="24" r="8" />
    <path d="M23 24h20M36 24v7M42 24v5" />
  </Icon>
);

const InformationIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="24" cy="24" r="18" />
    <path d="M24 22v12" />
    <circle cx="24" cy="15" r="1.5" fill="currentColor" />
  </Icon>
);

const PensionIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="20" cy="9" r="4" />
    <path d="M20 14v14l-5 14M20 28l6 14M20 18l-7 8M20 18l8 4" />
    <path d="M32 22v20M32 22c0-4 6-4 6 0" />
  </Icon>
);

const HouseIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M6 23L24 8l18 15" />
    <path d="M11 20v20h26V20" />
    <path d="M24 25v10M21 28h5a2 2 0 0 1 0 4h-4" />
  </Icon>
);

const CareIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M24 20c-3-6-12-5-12 2 0 6 12 12 12 12s12-6 12-12c0-7-9-8-12-2z" />
    <path d="M4 40h12l6-3h10" />
    <path d="M44 40H32" />
  </Icon>
);

const ConversationIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M6 8h24v16H16l-6 5v-5H6z" />
    <path d="M34 18h8v16h-4v5l-6-5H20v-6" />
  </Icon>
);

const CoinsIcon = (props: IconProps) => (
  <Icon {...props}>
    <ellipse cx="18" cy="14" rx="12" ry="5" />
    <path d="M6 14v8c0 3 5 5 12 5s12-2 12-5v-8" />
    <ellipse cx="30" cy="30" rx="12" ry="5" />
    <path d="M18 30v6c0 3 5 5 12 5s12-2 12-5v-6" />
  </Icon>
);

/**
 * The picture of a service, chosen by words in its id ("passport-pickup", "home-help"): the
 * centre's configuration has no icon field (yet), and the ids are stable English words.
 */
export function ServiceIcon({ serviceId, className }: { serviceId: string; className?: string }) {
  const props = className === undefined ? {} : { className };
  const has = (...words: string[]) => words.some((word) => serviceId.includes(word));
  if (has('pickup', 'collect')) return <PickupIcon {...props} />;
  if (has('passport')) return <PassportIcon {...props} />;
  if (has('licence', 'license', 'driving')) return <CarIcon {...props} />;
  if (has('health', 'doctor')) return <HealthCardIcon {...props} />;
  if (has('moving', 'address')) return <MovingIcon {...props} />;
  if (has('mitid', 'digital', 'login')) return <KeyIcon {...props} />;
  if (has('pension')) return <PensionIcon {...props} />;
  if (has('housing', 'rent')) return <HouseIcon {...props} />;
  if (has('home-help', 'care', 'aids')) return <CareIcon {...props} />;
  if (has('counselling', 'social')) return <ConversationIcon {...props} />;
  if (has('financial', 'money', 'benefit')) return <CoinsIcon {...props} />;
  if (has('information')) return <InformationIcon {...props} />;
  return <TicketIcon {...props} />;
}
