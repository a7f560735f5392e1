import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { SsoOptionsDocument } from '../../../gql/graphql';

/** An SSO button: the IdP's name and the server URL that starts the sign-in (with where to land afterwards). */
export interface SsoButton {
  name: string;
  href: string;
}

/** Where an SSO sign-in starts, carrying the page to return to; the server checks it is a same-origin path again. */
export function ssoHref(startUrl: string, redirect: string | null): string {
  return redirect ? `${startUrl}${startUrl.includes('?') ? '&' : '?'}redirect=${encodeURIComponent(redirect)}` : startUrl;
}

/**
 * The SSO options of an institution (by slug from `?institution=`; without one, those of a single-institution
 * deployment). A failed query only hides the buttons: password sign-in still works.
 */
export function useSsoOptions(institutionSlug: Ref<string | null>, redirect: Ref<string | null>) {
  const { result, loading } = useQuery(SsoOptionsDocument, () => ({ institutionSlug: institutionSlug.value }), { fetchPolicy: 'cache-and-network' });
  const buttons = computed<SsoButton[]>(() => (result.value?.ssoOptions ?? []).map((o) => ({ name: o.name, href: ssoHref(o.startUrl, redirect.value) })));
  return { buttons, loading };
}
