-- Installation capacity (B2): one row per branch, date and window that somebody has booked into.
-- A scheduler locks the row (SELECT ... FOR UPDATE) before counting the window's visits, so two
-- technicians taking the last slot of a window at once are served one after the other and the
-- second sees the first's visit. The row holds no count: the visits themselves stay the truth.
CREATE TABLE install_window_lock (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    branch_id      BIGINT      NOT NULL,
    install_date   DATE        NOT NULL,
    install_window VARCHAR(16) NOT NULL,
    CONSTRAINT uq_install_window_lock UNIQUE (branch_id, install_date, install_window),
    CONSTRAINT fk_install_window_lock_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
);
