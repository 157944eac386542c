/* A page's external script: reports only when it runs in a Lyssna-made place (see the probe). */
/* global self, parent, document */
(self.__hostileScript||parent.__hostileScript)('script-src',document.currentScript);
