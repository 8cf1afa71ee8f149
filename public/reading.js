/*
 * The reading pages' only script. The server sends every page complete and working without
 * JavaScript, and without Next's scripts (lib/server/scriptless.ts); this adds the four things
 * that need a script, each to markup the server wrote for it:
 *
 * - the theme toggle: a button shown once ready (components/chrome/theme-toggle.tsx);
 * - copy buttons: hidden buttons holding the text (components/shared/copy-button.tsx);
 * - click-to-load videos: each video block is a link (lib/markdown/rich-blocks.ts);
 * - search as you type: the search form and its results (components/chrome/search-box.tsx).
 *
 * Plain browser JavaScript with no imports and no build step, loaded with `defer`. The one rule
 * it shares with the server, which video players may load, is handed to it by the page
 * (data-video-player on the script element, from lib/site/video-players.ts).
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var root = document.documentElement;

  /* The theme: the reader's choice (a class on <html>, set before paint by the head script),
     else the system's. */
  function currentTheme() {
    if (root.classList.contains('dark')) return 'dark';
    if (root.classList.contains('light')) return 'light';
    return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  function themeToggles() {
    var buttons = document.querySelectorAll('button[data-theme-toggle]');
    if (buttons.length === 0) return;
    function show() {
      var dark = currentTheme() === 'dark';
      buttons.forEach(function (button) {
        button.setAttribute('aria-pressed', String(dark));
      });
    }
    buttons.forEach(function (button) {
      button.addEventListener('click', function () {
        var next = currentTheme() === 'dark' ? 'light' : 'dark';
        root.classList.remove('light', 'dark');
        root.classList.add(next);
        try {
          localStorage.setItem('theme', next);
        } catch {
          // Storage can be refused (private browsing); the choice then lasts for this page.
        }
      });
      button.dataset.ready = '';
    });
    show();
    new MutationObserver(show).observe(root, { attributes: true, attributeFilter: ['class'] });
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', show);
  }

  /* Copy buttons stay hidden without a clipboard: a button that does nothing is worse than
     none, and the text is on the page beside it. */
  function copyButtons() {
    if (!navigator.clipboard) return;
    document.querySelectorAll('button[data-copy-text]').forEach(function (button) {
      var status = button.nextElementSibling;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(button.dataset.copyText || '').then(
          function () {
            if (status) status.textContent = button.dataset.copied || 'Copied.';
          },
          function () {
            if (status)
              status.textContent = 'It could not be copied. Select the text and copy it instead.';
          },
        );
      });
      button.hidden = false;
    });
  }

  /* Each video block arrives as a link to the video. This puts a play button before it and
     loads the privacy-enhanced player only when the reader presses it, so the video host hears
     nothing until then. */
  function videos() {
    var allowed = new RegExp((script && script.dataset.videoPlayer) || '$^');
    document.querySelectorAll('figure.video-embed[data-video-player]').forEach(function (figure) {
      var player = figure.dataset.videoPlayer || '';
      if (figure.dataset.ready || !allowed.test(player)) return;
      figure.dataset.ready = 'true';
      var title = figure.dataset.videoTitle || 'Video';
      var host = new URL(player).hostname.indexOf('vimeo') >= 0 ? 'Vimeo' : 'YouTube';

      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'video-play';
      button.textContent = 'Play video: ' + title;
      var note = document.createElement('p');
      note.className = 'video-note';
      note.textContent =
        'The video plays from ' +
        host +
        ' when you press play. Nothing is loaded from ' +
        host +
        ' before then.';

      button.addEventListener('click', function () {
        var frame = document.createElement('iframe');
        frame.src = player + (player.indexOf('?') >= 0 ? '&' : '?') + 'autoplay=1';
        frame.title = title;
        frame.allow = 'autoplay; fullscreen; picture-in-picture';
        frame.allowFullscreen = true;
        frame.className = 'video-frame';
        button.replaceWith(frame);
        note.remove();
        frame.focus();
      });
      figure.prepend(button, note);
    });
  }

  /* Search as you type: after a short pause the address follows the query, and the results
     are those of the server's own page for it, put in place of the old ones. (In the static
     copy, whose results are worked out in the browser, only the address changes: the page
     follows it.) */
  function searchAsYouType() {
    var timer;
    var pending;
    // Listened for on the document, not the field: in the static copy React draws the search
    // form after this script has run.
    document.addEventListener('input', function (event) {
      var input = event.target;
      if (!(input instanceof HTMLInputElement) || !input.matches('[data-search-as-you-type]'))
        return;
      var form = input.form;
      clearTimeout(timer);
      timer = setTimeout(function () {
        var query = input.value.trim();
        var address =
          form.getAttribute('action') + (query ? '?q=' + encodeURIComponent(query) : '');
        // No state of its own: where Next's router runs (the static copy), it then follows the
        // address, as it does for any page's own replaceState.
        history.replaceState(null, '', address);
        var results = document.querySelector('[data-search-results]');
        if (!results) return;
        if (pending) pending.abort();
        pending = new AbortController();
        fetch(address, { signal: pending.signal, headers: { Accept: 'text/html' } })
          .then(function (response) {
            if (!response.ok) throw new Error(String(response.status));
            return response.text();
          })
          .then(function (html) {
            var page = new DOMParser().parseFromString(html, 'text/html');
            var fresh = page.querySelector('[data-search-results]');
            if (!fresh) return;
            // The count's heading is a live region: it keeps its element and takes the new
            // text, so screen readers announce it; everything after it is replaced.
            var heading = results.querySelector('[aria-live]');
            var freshHeading = fresh.querySelector('[aria-live]');
            var rest = Array.prototype.filter.call(fresh.children, function (child) {
              return child !== freshHeading;
            });
            results.replaceChildren.apply(results, (heading ? [heading] : []).concat(rest));
            if (heading && freshHeading) heading.textContent = freshHeading.textContent;
            document.title = page.title;
          })
          .catch(function () {
            // Left as it was: the form still submits, and the reader can press Search.
          });
      }, 250);
    });
  }

  themeToggles();
  copyButtons();
  videos();
  searchAsYouType();
})();
