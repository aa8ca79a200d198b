@NullMarked
package com.onewindow.backoffice.queue.ui;

import org.jspecify.annotations.NullMarked;
