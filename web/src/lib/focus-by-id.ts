import { useLayoutEffect } from 'react';

/**
 * Moves focus to the element with id `id` once it is rendered, again whenever `id` or `alsoWhen` changes: the
 * button a closed form hands focus back to, the confirm step that replaced the button. A layout effect: Preact
 * (the page's runtime) runs passive effects a frame after the render, after the next key could land.
 */
export function useFocusById(id: string | null, alsoWhen?: unknown): void {
  useLayoutEffect(() => {
    if (id) document.getElementById(id)?.focus();
  }, [id, alsoWhen]);
}
