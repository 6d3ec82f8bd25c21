import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Renames the knowledge file's load marker (data_load row knowledge:&lt;version&gt;) in a running service's embedded
 * database, so that the next start loads the same file again over the stored rows: the path a new knowledge version
 * takes. Run as a single-file program by startup.sh: java -cp &lt;postgresql jdbc jar&gt; RenameKnowledgeMarker.java PORT
 */
public class RenameKnowledgeMarker {

    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://localhost:" + args[0] + "/claims";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            int renamed = connection.createStatement().executeUpdate(
                    "update data_load set name = name || ':older' where name like 'knowledge:%'");
            if (renamed != 1) {
                throw new IllegalStateException("expected one knowledge marker, renamed " + renamed);
            }
        }
    }
}
