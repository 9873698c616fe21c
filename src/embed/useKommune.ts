/**
 * The kommune's details for this visit, read once from the page address (the embed snippet puts
 * them there; a kommune's own page can also link with them) and kept only when the page that
 * embeds or linked to the guide is the kommune's own (./trust.ts). The query string stays while
 * the user moves between pages (the routes live after the #), so reloads keep them too.
 * Pre-rendering has no address: no details, the generic wording.
 */
import { readonly } from 'vue'
import { kommuneFromLocation, trustedDetails, type KommuneDetails } from './kommune'
import { provenance, surroundings, type Provenance } from './trust'

/** Where the details came from (shown with them: "from www.bergen.kommune.no"). */
export const source: Readonly<Provenance> = typeof window === 'undefined' ? { trusted: false } : provenance(surroundings(window))

export const kommune: Readonly<KommuneDetails> = readonly(typeof window === 'undefined' ? {} : trustedDetails(kommuneFromLocation(window.location), source))

/** Whether there is any way to contact the kommune to show. */
export const hasKommuneContact = Boolean(kommune.name || kommune.url || kommune.phone || kommune.email)
