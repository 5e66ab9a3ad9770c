import type { Page } from 'playwright-core';

/** One layout defect on a page, said so a reader finds the element: what, where, and its text. */
export interface LayoutFinding {
  kind: 'clipped text' | 'overlapping labels' | 'table scrolls sideways' | 'page scrolls sideways' | 'English in French' | 'wrapped label' | 'cut off at the edge' | 'page error' | 'console error';
  /** A short CSS-like path of the element (tag, test id, aria-label, classes) and its text. */
  where: string;
}

/**
 * Measures the page as it is drawn now (runs inside the browser, self-contained):
 * - clipped text: an element holding text, its overflow hidden or clipped sideways, whose content is wider than its box
 *   (+1 px); an element marked `data-truncate-ok` (it shows its full text in a title or tooltip) is exempt;
 * - overlapping labels: two visible pieces of text (HTML text or SVG <text>) whose boxes intersect by more than 2 px
 *   both ways, neither inside the other;
 * - a table's scroll container wider inside than out, and the page scrolling sideways;
 * - `englishPhrases` (the French pages' check): any of them found in the visible text.
 */
export function auditLayout({ englishPhrases }: { englishPhrases: string[] }): LayoutFinding[] {
  const findings: LayoutFinding[] = [];
  const TOLERANCE = 1;
  const OVERLAP = 2;

  const describe = (el: Element): string => {
    const parts: string[] = [];
    let node: Element | null = el;
    for (let depth = 0; node && node !== document.body && depth < 3; depth++, node = node.parentElement) {
      let part = node.tagName.toLowerCase();
      const testId = node.getAttribute('data-testid');
      const label = node.getAttribute('aria-label');
      const cls = [...node.classList].filter((c) => !/^m_[0-9a-f]+$/.test(c)).slice(0, 2);
      if (node.id) part += `#${node.id}`;
      if (testId) part += `[data-testid="${testId}"]`;
      else if (label) part += `[aria-label="${label.slice(0, 40)}"]`;
      if (cls.length) part += `.${cls.join('.')}`;
      parts.unshift(part);
    }
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return `${parts.join(' > ')} "${text}"`;
  };

  const hiddenCache = new Map<Element, boolean>();
  /** Not drawn: display none, invisible, transparent, or a screen-reader-only box (1 px, clipped). */
  const hidden = (el: Element | null): boolean => {
    if (!el || el === document.documentElement) return false;
    const known = hiddenCache.get(el);
    if (known !== undefined) return known;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const result =
      style.display === 'none' ||
      style.visibility === 'hidden' ||
      style.opacity === '0' ||
      (style.clip !== 'auto' && style.position === 'absolute') ||
      (style.position === 'absolute' && rect.width <= 1 && rect.height <= 1) ||
      el.getAttribute('aria-hidden') === 'true' && el.closest('.recharts-wrapper') === null && rect.width <= 1 ||
      hidden(el.parentElement);
    hiddenCache.set(el, result);
    return result;
  };

  // Clipped text, and tables that scroll sideways.
  const measure = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    if (el instanceof SVGElement || hidden(el)) continue;
    const style = getComputedStyle(el);
    if (['auto', 'scroll'].includes(style.overflowX)) {
      if (el.scrollWidth > el.clientWidth + TOLERANCE && el.querySelector('table') && !el.closest('[data-scroll-ok]')) {
        findings.push({ kind: 'table scrolls sideways', where: `${describe(el)} (${el.scrollWidth} px in ${el.clientWidth} px)` });
      }
      continue;
    }
    // A table shown as cards on a phone (DataTable): a cell's header (its ::before) stays in its column, off its value.
    if (el.tagName === 'TD' && style.display === 'grid' && el.dataset['label']) {
      const before = getComputedStyle(el, '::before');
      const column = parseFloat(style.gridTemplateColumns.split(' ')[0] ?? '0');
      measure.font = `${before.fontWeight} ${before.fontSize} ${before.fontFamily}`;
      if (before.whiteSpace === 'nowrap' && measure.measureText(el.dataset['label']).width > column + TOLERANCE) {
        findings.push({ kind: 'overlapping labels', where: `${describe(el)}: its header "${el.dataset['label']}" runs over its value` });
      }
    }
    if (!['hidden', 'clip'].includes(style.overflowX)) continue;
    if (!(el.textContent ?? '').trim() || el.closest('[data-truncate-ok]')) continue;
    if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') continue;
    if (el.scrollWidth > el.clientWidth + TOLERANCE) {
      // Only when text is what overflows: some text inside reaches past the element's right (or left) edge.
      const box = el.getBoundingClientRect();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let overflowing = false;
      const range = document.createRange();
      for (let text = walker.nextNode(); text && !overflowing; text = walker.nextNode()) {
        if (!(text.textContent ?? '').trim() || hidden(text.parentElement)) continue;
        range.selectNodeContents(text);
        for (const r of range.getClientRects()) {
          if (r.width > 0 && (r.right > box.right + TOLERANCE || r.left < box.left - TOLERANCE)) overflowing = true;
        }
      }
      if (overflowing) findings.push({ kind: 'clipped text', where: `${describe(el)} (${el.scrollWidth} px in ${el.clientWidth} px)` });
    }
  }

  // Every piece of visible text, as drawn: HTML text by its line boxes, SVG text by its element's box; each cut to the
  // scrolling or clipping boxes around it (what is scrolled out of view is not drawn there).
  interface Piece {
    el: Element;
    rects: DOMRect[];
  }
  const pieces: Piece[] = [];
  const clipOf = (el: Element, rect: DOMRect): DOMRect | null => {
    let { left, top, right, bottom } = rect;
    for (let node: Element | null = el; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        const box = node.getBoundingClientRect();
        left = Math.max(left, box.left);
        right = Math.min(right, box.right);
        top = Math.max(top, box.top);
        bottom = Math.min(bottom, box.bottom);
      }
    }
    return right - left > 0 && bottom - top > 0 ? new DOMRect(left, top, right - left, bottom - top) : null;
  };
  const range = document.createRange();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const svgTexts = new Set<Element>();
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const parent = text.parentElement;
    if (!parent || !(text.textContent ?? '').trim() || hidden(parent)) continue;
    if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TITLE', 'OPTION'].includes(parent.tagName)) continue;
    if (parent instanceof SVGElement) {
      const owner = parent.closest('text');
      if (owner) svgTexts.add(owner);
      continue;
    }
    range.selectNodeContents(text);
    const rects = [...range.getClientRects()].map((r) => clipOf(parent, r)).filter((r): r is DOMRect => !!r && r.width > 1);
    if (rects.length) pieces.push({ el: parent, rects });
  }
  for (const owner of svgTexts) {
    const rect = clipOf(owner, owner.getBoundingClientRect());
    if (rect && rect.width > 1) pieces.push({ el: owner, rects: [rect] });
  }
  // Line boxes are taller than the letters: only the middle of each counts (the glyphs' body).
  const inset = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top + r.height * 0.2, bottom: r.bottom - r.height * 0.2 });
  const reported = new Set<string>();
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      const a = pieces[i];
      const b = pieces[j];
      if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const hit = a.rects.some((ra) =>
        b.rects.some((rb) => {
          const x = inset(ra);
          const y = inset(rb);
          const w = Math.min(x.right, y.right) - Math.max(x.left, y.left);
          const h = Math.min(x.bottom, y.bottom) - Math.max(x.top, y.top);
          return w > OVERLAP && h > OVERLAP;
        }),
      );
      if (!hit) continue;
      const where = `${describe(a.el)} over ${describe(b.el)}`;
      if (reported.has(where)) continue;
      reported.add(where);
      findings.push({ kind: 'overlapping labels', where });
    }
  }

  // A field's label on two lines in a row of fields (a filter bar): it pushes its field below its neighbours'.
  for (const label of document.body.querySelectorAll('.mantine-InputWrapper-label')) {
    const row = label.parentElement?.parentElement;
    if (!row || getComputedStyle(row).display !== 'flex' || getComputedStyle(row).flexDirection !== 'row') continue;
    if (hidden(label) || !(label.textContent ?? '').trim()) continue;
    const tops = new Set<number>();
    const labelRange = document.createRange();
    const labelWalker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    for (let text = labelWalker.nextNode(); text; text = labelWalker.nextNode()) {
      labelRange.selectNodeContents(text);
      for (const r of labelRange.getClientRects()) if (r.width > 1) tops.add(Math.round(r.top / 4));
    }
    if (tops.size > 1 && (label.textContent ?? '').trim().length < 40) findings.push({ kind: 'wrapped label', where: describe(label) });
  }

  const pageWidth = document.documentElement.scrollWidth;
  if (pageWidth > window.innerWidth + TOLERANCE) {
    // Name the widest culprit: the element reaching furthest right.
    let widest: Element | null = null;
    let right = 0;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > right && !hidden(el)) {
        right = r.right;
        widest = el;
      }
    }
    findings.push({ kind: 'page scrolls sideways', where: `${pageWidth} px in ${window.innerWidth} px, furthest: ${widest ? describe(widest) : '?'}` });
  }

  if (englishPhrases.length) {
    const visible = document.body.innerText;
    for (const phrase of englishPhrases) {
      const at = visible.indexOf(phrase);
      if (at < 0) continue;
      const before = visible[at - 1];
      const after = visible[at + phrase.length];
      if ((before && /\p{L}/u.test(before)) || (after && /\p{L}/u.test(after))) continue;
      findings.push({ kind: 'English in French', where: `"${phrase}" in "${visible.slice(Math.max(0, at - 30), at + phrase.length + 30).replace(/\s+/g, ' ')}"` });
    }
  }
  return findings;
}

/** Waits until the page is drawn and stays still: no loader or skeleton, and the same text and chart labels twice in a row. */
export async function settled(page: Page, timeoutMs = 15_000): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  let last = '';
  let same = 0;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const signature = await page.evaluate(() => {
      const busy = document.querySelector('.mantine-Loader-root, .mantine-Skeleton-root, [aria-busy="true"]');
      if (busy && busy.getBoundingClientRect().width > 0) return 'busy';
      const labels = [...document.querySelectorAll('svg text')].map((t) => {
        const r = t.getBoundingClientRect();
        return `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}`;
      });
      return `${document.body.innerText.length}|${document.documentElement.scrollHeight}|${labels.join(';')}`;
    });
    if (signature !== 'busy' && signature === last) {
      if (++same >= 2) return;
    } else {
      same = 0;
    }
    last = signature;
    await page.waitForTimeout(80);
  }
  throw new Error(`${page.url()} did not settle in ${timeoutMs} ms`);
}
