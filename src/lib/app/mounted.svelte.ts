/**
 * Whether the component has mounted in the browser. A server-rendered button is inert until the
 * page hydrates: `disabled={!hydrated.current}` keeps a lecturer's early click from being lost.
 */
import { onMount } from 'svelte';

export function mounted(): { readonly current: boolean } {
	let current = $state(false);
	onMount(() => {
		current = true;
	});
	return {
		get current() {
			return current;
		}
	};
}
