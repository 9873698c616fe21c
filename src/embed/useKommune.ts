/**
 * The kommune's details for this visit, read once from the page address (the embed snippet puts
 * them there; a kommune can also link with them). The query string stays while the user moves
 * between pages (the routes live after the #), so reloads keep them too. Pre-rendering has no
 * address: no details, the generic wording.
 */
import { readonly } from 'vue'
import { kommuneFromLocation, type KommuneDetails } from './kommune'

export const kommune: Readonly<KommuneDetails> = readonly(typeof window === 'undefined' ? {} : kommuneFromLocation(window.location))

/** Whether there is any way to contact the kommune to show. */
export const hasKommuneContact = Boolean(kommune.name || kommune.url || kommune.phone || kommune.email)
