@NullMarked
package com.onewindow.backoffice.security;

import org.jspecify.annotations.NullMarked;
