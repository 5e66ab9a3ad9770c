import { useEffect, useRef } from 'react';

/**
 * A card dragged by its name (a link) must not open the link when dropped: the browser sends a
 * click on pointer-up after the drag. Once a drag has begun, the next click inside the card is
 * swallowed (capture phase, before the link sees it); a new press forgets it.
 */
export function useSuppressClickAfterDrag(isDragging: boolean) {
  const dragged = useRef(false);
  useEffect(() => {
    if (isDragging) dragged.current = true;
  }, [isDragging]);
  return {
    onPointerDownCapture: () => {
      dragged.current = false;
    },
    onClickCapture: (event: { preventDefault(): void; stopPropagation(): void }) => {
      if (!dragged.current) return;
      dragged.current = false;
      event.preventDefault();
      event.stopPropagation();
    },
  };
}
