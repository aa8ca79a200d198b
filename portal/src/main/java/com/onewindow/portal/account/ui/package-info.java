@NullMarked
package com.onewindow.portal.account.ui;

import org.jspecify.annotations.NullMarked;
