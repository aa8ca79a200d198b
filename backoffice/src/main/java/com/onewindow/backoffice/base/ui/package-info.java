@NullMarked
package com.onewindow.backoffice.base.ui;

import org.jspecify.annotations.NullMarked;
