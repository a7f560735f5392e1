import { DefaultApolloClient } from '@vue/apollo-composable';
import { createPinia } from 'pinia';
import { createApp, h, provide } from 'vue';
import App from './app/App.vue';
import { createApolloClient } from './app/apollo';
import { createAppRouter } from './app/router';
import { RouteName } from './app/route-names';
import './ui/styles/tokens.css';
import './ui/styles/base.css';

const apollo = createApolloClient({
  // The session ended under us (expired, or signed out in another tab): start again from sign-in.
  onUnauthenticated: () => {
    void apollo.clearStore().then(() => {
      const current = router.currentRoute.value;
      if (!current.meta.public) void router.replace({ name: RouteName.SignIn, query: { redirect: current.fullPath } });
    });
  },
});
const router = createAppRouter(apollo);

createApp({
  setup() {
    provide(DefaultApolloClient, apollo);
  },
  render: () => h(App),
})
  .use(createPinia())
  .use(router)
  .mount('#app');
