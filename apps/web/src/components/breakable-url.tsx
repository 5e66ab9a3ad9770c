import { Fragment } from 'react';

/**
 * A web address that wraps where a reader expects it to: after "//", a slash, a dot, "?", "&" or "=" (a <wbr> there),
 * never in the middle of a name; only a single part wider than its box is broken anywhere.
 */
export function BreakableUrl({ url }: { url: string }) {
  const parts = url.split(/(?<=\/\/|[/.?&=])(?!\/)/);
  return (
    <span style={{ overflowWrap: 'break-word', wordBreak: 'normal' }}>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
