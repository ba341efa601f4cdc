@NullMarked
package org.namc.notifications.sms;

import org.jspecify.annotations.NullMarked;
