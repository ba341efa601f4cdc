/**
 * The insights stores: AI interactions with their feedback ({@code ai_feedback}) and the model
 * registry ({@code ai_models}).
 */
@NullMarked
package org.namc.persistence.jpa.insights;

import org.jspecify.annotations.NullMarked;
