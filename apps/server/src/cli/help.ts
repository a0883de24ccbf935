/** What `liandong help` prints. */
export const HELP_TEXT = `Liandong 联动 — 社工、义工与社会组织联动服务平台

Usage / 用法: liandong <command>

  serve                       Migrate the database, then serve the API and web app (PORT, default 3000)
                              迁移数据库并启动服务
  migrate                     Apply pending database migrations / 应用数据库迁移
  demo                        Serve a separate demo database (./data-demo) filled with generated data,
                              and print the demo logins / 启动演示数据库并打印演示账号
  user create --username U --display-name NAME [--platform-admin] [--org ORGANIZATION_ID --role ROLE]
                              Create a user / 创建用户
  user reset-password USERNAME
                              Set a new password and sign the user out everywhere / 重置密码
  backup FILE [--force]       Online, consistent snapshot of the SQLite database / 在线备份 SQLite 数据库
  restore FILE                Replace the SQLite database with a backup (stop the server first) / 从备份恢复
  help                        This text / 显示本帮助

Passwords for "user" commands come from LIANDONG_PASSWORD or are typed (hidden) on a terminal.
Roles / 角色: org_admin, social_worker, supervisor, volunteer_coordinator, staff, volunteer,
              building_captain, purchaser_officer, evaluator

Environment / 环境变量:
  PORT, HOST                  where to listen (default 0.0.0.0:3000)
  LIANDONG_DATA_DIR           directory of the embedded SQLite database (default ./data)
  DATABASE_URL                postgres://… to use PostgreSQL instead of SQLite
`;
