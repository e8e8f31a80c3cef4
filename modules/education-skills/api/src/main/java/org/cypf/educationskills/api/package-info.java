/**
 * Education and skills' published language: its use cases, commands, views and (later) its integration events.
 * Other contexts may use this package and nothing else of education and skills.
 */
package org.cypf.educationskills.api;
