/** Full screen for presentation mode, where the browser allows it (never required). */
export async function enterFullscreen() {
	try {
		if (!document.fullscreenElement) await document.documentElement.requestFullscreen?.();
	} catch {
		/* not allowed (iframe without allowfullscreen, headless): the overlay still fills the window */
	}
}

export async function leaveFullscreen() {
	try {
		if (document.fullscreenElement) await document.exitFullscreen();
	} catch {
		/* already left */
	}
}
