/**
 * The commands built into vwb, one class each, listed in {@link org.vwb.headless.internal.commands.BuiltinCommands}.
 */
package org.vwb.headless.internal.commands;
