@NullMarked
package com.onewindow.portal.base.ui;

import org.jspecify.annotations.NullMarked;
