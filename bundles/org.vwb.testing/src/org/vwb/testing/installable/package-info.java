/**
 * Device models that tests and the CI smoke test package as plugin jars of their own and install into a running
 * vwb ({@link org.vwb.testing.PluginJar}): one that works and three that misbehave (throws at activation, throws
 * in a request, never returns). Each jar carries its own copy of its classes and does not import this package,
 * so it depends on vwb's API packages only, as a third party's would; tests use the ids exported here.
 */
package org.vwb.testing.installable;
