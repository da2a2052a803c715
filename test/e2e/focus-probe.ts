import type { Page } from 'playwright-core';

// What a keyboard user sees of focus: which element has it, its accessible-ish name, whether its
// ring is visible against what surrounds it, and whether the docked reply box hides it.

export interface FocusState {
  tag: string;
  id: string;
  role: string | null;
  name: string;
  /** Outline drawn around the focused element, and its contrast with the background around it. */
  ring: { style: string; widthPx: number; contrast: number };
  /** Entirely covered by the sticky reply box (WCAG 2.4.11 forbids this). */
  obscured: boolean;
}

/** Runs in the page. */
function readFocus(): FocusState {
  const el = document.activeElement as HTMLElement;
  const parse = (c: string) => (c.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const opaque = (c: string) => {
    const parts = parse(c);
    return parts.length < 4 || parts[3] > 0;
  };
  // The ring sits outside the element (outline-offset), so it is seen against its surroundings.
  let around: Element | null = el.parentElement;
  while (around && !opaque(getComputedStyle(around).backgroundColor)) around = around.parentElement;
  const background = around ? getComputedStyle(around).backgroundColor : 'rgb(255, 255, 255)';
  const style = getComputedStyle(el);
  // A translucent ring is seen blended with what is behind it.
  const [r0, g0, b0, alpha = 1] = parse(style.outlineColor);
  const bg = parse(background);
  const ring = [r0, g0, b0].map((v, i) => alpha * v + (1 - alpha) * bg[i]);
  const [a, b] = [luminance(ring), luminance(bg)];
  const dock = document.querySelector('.composer-dock');
  const r = el.getBoundingClientRect();
  const d = dock?.getBoundingClientRect();
  const sticky = dock && getComputedStyle(dock).position === 'sticky';
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    role: el.getAttribute('role'),
    name: (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    ring: {
      style: style.outlineStyle,
      widthPx: parseFloat(style.outlineWidth),
      contrast: Math.round(((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)) * 100) / 100,
    },
    obscured: !!(sticky && d && !dock.contains(el) && r.top >= d.top && r.bottom <= d.bottom),
  };
}

export const focusState = (page: Page): Promise<FocusState> => page.evaluate(readFocus);

/** Presses Tab (or Shift+Tab) until `wanted` holds, returning every stop on the way, the last one included. */
export async function tabUntil(page: Page, wanted: (f: FocusState) => boolean, options: { back?: boolean; max?: number } = {}) {
  const stops: FocusState[] = [];
  for (let i = 0; i < (options.max ?? 40); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const f = await focusState(page);
    stops.push(f);
    if (wanted(f)) return stops;
  }
  throw new Error(`Tab never reached the element; stops: ${stops.map((s) => `${s.tag}#${s.id} "${s.name}"`).join(', ')}`);
}

export interface AxNode {
  role: string;
  name: string;
  /** Boolean and level states the tree reports: expanded, checked, pressed, level... */
  states: Record<string, unknown>;
}

/** The focused node as Chromium's accessibility tree has it: what a screen reader announces. */
export async function focusedAx(page: Page): Promise<AxNode> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
    const focused = nodes[0];
    if (!focused) throw new Error('The focused element has no node in the accessibility tree');
    return {
      role: String(focused.role?.value ?? ''),
      name: String(focused.name?.value ?? ''),
      states: Object.fromEntries((focused.properties ?? []).map((p) => [p.name, p.value.value])),
    };
  } finally {
    await cdp.detach();
  }
}

/** `button "Sign up"`, for readable assertions. */
export const describeAx = (n: AxNode): string => `${n.role} "${n.name}"`;

/** Tabs once round the whole page, from wherever focus is, and returns every stop (body excluded). */
export async function everyTabStop(page: Page, max = 120): Promise<FocusState[]> {
  await page.evaluate(() => ((window as unknown as { tabSeen: WeakSet<Element> }).tabSeen = new WeakSet()));
  const stops: FocusState[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const again = await page.evaluate(() => {
      const seen = (window as unknown as { tabSeen: WeakSet<Element> }).tabSeen;
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      if (seen.has(el)) return true;
      seen.add(el);
      return false;
    });
    if (again === true) return stops;
    if (again === false) stops.push(await focusState(page));
  }
  throw new Error(`More than ${max} Tab presses without coming round; stops so far: ${stops.length}`);
}
