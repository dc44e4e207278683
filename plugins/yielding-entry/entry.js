// The client's entry (plugins/yielding-entry): the libraries every page runs on are evaluated in this task, then
// the main thread is given back before Docusaurus's own client entry evaluates the site's modules, preloads the
// route's chunks and starts rendering. Loading the page runs the same code, in two tasks instead of one.
import 'react';
import 'react-dom/client';
import 'react-helmet-async';

setTimeout(() => {
  // Eager: the module is in this bundle already; nothing is fetched.
  import(/* webpackMode: "eager" */ '@yielding-entry/client-entry');
}, 0);
