requestAnimationFrame(() => performance.mark('talk-companion:painted'));
