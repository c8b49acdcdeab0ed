/**
 * The sweep's own components: the worker that turns a task into figures with the installed simulator, the
 * local executor (one run per core), and reading a model from the text a task carries.
 */
package org.vwb.sweep.internal;
